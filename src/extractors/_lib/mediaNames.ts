/**
 * The outlets of the media table by every name they are written with ("AKIpress", "PTI"): what a
 * dateline or a sign-off may name.
 * @module
 */
import { MEDIA } from '../_entities/wording.js';

/** Every name and alias of the media table's outlets, as written. */
export const MEDIA_NAMES: ReadonlySet<string> = new Set(MEDIA.flatMap((m) => [m.name, ...m.aliases]));
