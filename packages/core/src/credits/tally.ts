/**
 * A tally of the names several places give for one field (the source, the author): the pieces that name
 * one thing, compared by a key, are grouped, each strength once; the group that weighs most wins, spelt
 * as its strongest piece spells it. A tie goes to the strongest piece, then to the first group. How a
 * group's strengths weigh is the field's own rule (`SOURCE_WEIGHT`, `AUTHOR_WEIGHT`).
 */

export interface NamedEvidence {
  name: string;
  strength: number;
}

/**
 * The winning group's strongest piece, or null when there is none. `keyOf` gives the key names are
 * compared by (null: the piece names nothing); `weigh` gives a group's weight from its strengths and its
 * strongest piece (null: the group cannot win).
 */
export function tallyNames<Evidence extends NamedEvidence>(
  evidence: Iterable<Evidence>,
  keyOf: (name: string) => string | null,
  weigh: (strengths: ReadonlySet<number>, strongest: Evidence) => number | null,
): Evidence | null {
  const groups = new Map<string, { strengths: Set<number>; strongest: Evidence }>();
  for (const piece of evidence) {
    const key = keyOf(piece.name);
    if (key === null) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { strengths: new Set([piece.strength]), strongest: piece });
    else {
      group.strengths.add(piece.strength);
      if (piece.strength > group.strongest.strength) group.strongest = piece;
    }
  }
  let best: Evidence | null = null;
  let bestWeight = 0;
  for (const { strengths, strongest } of groups.values()) {
    const weight = weigh(strengths, strongest);
    if (weight === null) continue;
    if (
      best === null ||
      weight > bestWeight ||
      (weight === bestWeight && strongest.strength > best.strength)
    ) {
      best = strongest;
      bestWeight = weight;
    }
  }
  return best;
}
