/**
 * The longest `own=` part a link may carry, in characters: 64 KB. The rest of a link keeps its own
 * cap (`maxLinkLength`). Apart from the codec, which the link's first load does not need.
 */
export const maxOwnPartLength = 64 * 1024;
