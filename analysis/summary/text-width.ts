/** Width of text in character cells: Thai vowel and tone marks above or below a letter take none. */
export function displayWidth(text: string): number {
  return text.replace(/\p{Mn}/gu, '').length;
}
