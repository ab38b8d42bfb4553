// Admins' homepage in Sheets.
export function onHomepage(): GoogleAppsScript.Card_Service.Card {
  return CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle('PLG Hub').setSubtitle('Professional Learning Groups'))
    .addSection(
      CardService.newCardSection().addWidget(
        CardService.newTextParagraph().setText(
          "Open your school's PLG registry spreadsheet to manage groups, or open a PLG meeting in Calendar.",
        ),
      ),
    )
    .build();
}

export function onSheetsHomepage(): GoogleAppsScript.Card_Service.Card {
  return onHomepage();
}

export function onSheetsFileScopeGranted(): GoogleAppsScript.Card_Service.Card {
  return onSheetsHomepage();
}
