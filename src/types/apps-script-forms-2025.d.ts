// Form methods Google added after @types/google-apps-script 2.0 was published, declared so the add-on and
// the emulator type-check against them. Move this beside the other global types if one appears.
// https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
// https://developers.google.com/apps-script/reference/forms/email-collection-type
declare namespace GoogleAppsScript {
  namespace Forms {
    enum EmailCollectionType {
      DO_NOT_COLLECT,
      VERIFIED,
      RESPONDER_INPUT,
    }
    interface Form {
      /** Forms created through the API start unpublished and accept no responses until published. */
      setPublished(enabled: boolean): Form;
      isPublished(): boolean;
      setEmailCollectionType(type: EmailCollectionType): Form;
      getEmailCollectionType(): EmailCollectionType;
    }
    interface FormApp {
      EmailCollectionType: typeof EmailCollectionType;
    }
  }
}
