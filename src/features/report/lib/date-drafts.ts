/**
 * Dates typed that could not be read, kept for this visit by field (plan, measure, start or end): the box
 * shows them again, still marked invalid, when the card is drawn anew (another view and back, a re-sort),
 * until the user fixes or clears them. The saved date is not touched while the text is unreadable.
 */
const drafts = new Map<string, string>();

export function dateDraft(key: string): string | undefined {
  return drafts.get(key);
}

export function setDateDraft(key: string, text: string | null): void {
  if (text === null) drafts.delete(key);
  else drafts.set(key, text);
}
