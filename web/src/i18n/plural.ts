/** "1 item", "2 items": French counts 0 and 1 as singular, English only 1. */
export const pluralFr = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
export const pluralEn = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
