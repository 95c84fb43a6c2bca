// The language a caption or bio is written in, from its short function words. Pages state their
// interface language (`<html lang="en">` on every logged-out Instagram page), not the creator's:
// a Spanish caption on an English page is a Spanish post. Only a clear answer is given; a caption
// of emoji, names and hashtags, or one that two languages explain equally well, gives null.
//
// Words shared by several languages count for each of them with a share of one (Spanish, French,
// Portuguese and Dutch all have "de"), so one distinctive word ("el", "und", "the") outweighs
// several shared ones.
const WORDS: Record<string, string> = {
  en: 'the and of to in is it you that for on with this my your are was be at we our have just from not no but all new so he she they what when out about today thanks',
  es: 'el la los las de del y que en un una por para con mis mi es se no lo al muy pero más hoy este esta estoy todo gracias desde nuestro nuestra también cuando me te su sus ya hay son está fue ha he año años nos les como porque',
  pt: 'o a os as de do da dos das e que em um uma por para com meu minha é se não no na mais hoje este esta muito obrigado obrigada também quando você eu ele ela são foi já ano anos nos como porque',
  fr: 'le la les de des du et que en un une pour avec mon ma mes est se ne pas au aux plus très mais ce cette je vous nous sur aujourd merci je tu il elle on sont était ai avons comme parce',
  de: 'der die das und zu den von mit ist ich nicht ein eine für auf dem sich auch es wir ihr mein meine heute danke du er sie wir sind war hat haben wie noch nur',
  it: 'il lo la gli le di del della e che in un una per con mio mia è si non al più molto ma questo questa oggi grazie anche sono ho ha hai come perché anno anni',
  nl: 'de het een en van in is dat op te met voor niet ik je mijn we ook maar vandaag bedankt zijn was heb hebben hoe nog jaar',
};

const weights = new Map<string, Map<string, number>>();
for (const [lang, list] of Object.entries(WORDS)) {
  for (const word of new Set(list.split(' '))) {
    const byLang = weights.get(word) ?? new Map<string, number>();
    byLang.set(lang, 1);
    weights.set(word, byLang);
  }
}
for (const byLang of weights.values()) for (const lang of byLang.keys()) byLang.set(lang, 1 / byLang.size);

/** A clear winner needs this much evidence (one distinctive word and a shared one, at least). */
const MIN_SCORE = 1.5;

/** BCP 47 primary language of `text` ("es"), or null when the words do not tell. */
export function languageOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const scores = new Map<string, number>();
  // Hashtags, mentions and links are names, not sentences.
  const words = text
    .toLowerCase()
    .replace(/(?:https?:\/\/|www\.)\S+|[#@][\p{L}\p{N}_.]+/gu, ' ')
    .split(/[^\p{L}]+/u);
  for (const word of words.slice(0, 2000)) {
    for (const [lang, w] of weights.get(word) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + w);
  }
  const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_SCORE || (second && second[1] >= first[1])) return null;
  return first[0];
}
