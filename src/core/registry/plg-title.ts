// How a group is named to people: "Math PLG" — without doubling "PLG" when the school's name already says it
// ("Math PLG", "Math PLG 2").
export function plgTitle(groupName: string): string {
  const name = groupName.trim();
  return /\bPLGs?(\s+\d+)?$/i.test(name) ? name : `${name} PLG`;
}
