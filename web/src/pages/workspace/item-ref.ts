/** An item named by what an analyst can paste: its id, or the address of its page in the staff app. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export function itemIdFrom(text: string): string | undefined {
  const given = text.trim();
  if (given === '') return undefined;
  const page = given.match(new RegExp(`/items/(${UUID.source})(?:[/?#]|$)`, 'i'));
  if (page) return page[1]?.toLowerCase();
  const bare = given.match(new RegExp(`^${UUID.source}$`, 'i'));
  return bare ? given.toLowerCase() : undefined;
}
