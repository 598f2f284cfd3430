import type { Root } from 'mdast';
import type { AnnexId } from './annexes';
import type { PolicyAnnex, PolicyDocument } from './render';

/**
 * The parts of the policy that are also documents of their own, downloaded and printed alone: an
 * annex (the form to sign, the sheet to pin up), or the policy on a page for staff.
 */
export type PartId = AnnexId | 'summary';

export interface PolicyPart {
  /** Its heading as printed, first in `body` too. */
  heading: string;
  body: Root;
}

/** That part of this policy, or undefined when its answers leave it out. */
export function partOf(document: PolicyDocument, id: PartId): PolicyPart | undefined {
  return id === 'summary' ? document.summary : document.annexes.find((annex) => annex.id === id);
}

/** The annexes printed at the end of the policy: all but the sheets a compact policy leaves apart. */
export const printedAnnexes = (document: PolicyDocument): PolicyAnnex[] =>
  document.annexes.filter((annex) => !annex.apart);
