// A count with the noun it counts, as a reader sees it: "1,204 followers", but never "6,8 K vídeos
// posts": a platform's own wording ("4,69 M de suscriptores", "6,8 K vídeos") already names the figure.

/** `shown` (the count as printed) followed by `noun` unless the printed text already has a word. */
export function countLabel(shown: string, noun: string): string {
  return /\p{L}{3,}/u.test(shown) ? shown : `${shown} ${noun}`;
}
