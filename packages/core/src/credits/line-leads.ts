/**
 * Which rules of a grammar can read a line, decided in one pass over the line's characters. Each
 * rule names its leads: words one of which every line it reads opens with (a keyword, or an
 * optional prefix before it — a lead may be coarser than the rule, never narrower), or, for rules
 * that look anywhere in a line, holds. Only the leads that share a character's code are compared
 * there, so a line that opens with (or holds) none of them — nearly every line of a story — is
 * tried by no rule's pattern at all.
 */
export class LineLeads {
  /**
   * For each character code, 1 + the index of the leads that start with it (`leads`, `opened`); 0 for a character
   * no lead starts with: the one test most characters of a line fail. Flat tables, not a map of entries, so that
   * the scan of a whole text (`rulesHeld`) reads no map and makes no iterator at the few characters that pass.
   */
  private readonly slotOf = new Uint16Array(0x10000);
  /** The leads of each first character, and beside each the rules (bits) it opens. */
  private readonly leads: string[][] = [];
  private readonly opened: number[][] = [];

  /** `rules[i]` are the leads of the rule whose bit is `1 << i`. */
  constructor(rules: ReadonlyArray<readonly string[]>) {
    for (const [index, leads] of rules.entries()) {
      for (const lead of leads) {
        const first = lead.charCodeAt(0);
        if (this.slotOf[first] === 0) {
          this.leads.push([]);
          this.opened.push([]);
          this.slotOf[first] = this.leads.length;
        }
        const slot = this.slotOf[first]! - 1;
        const at = this.leads[slot]!.indexOf(lead);
        if (at >= 0) this.opened[slot]![at]! |= 1 << index;
        else {
          this.leads[slot]!.push(lead);
          this.opened[slot]!.push(1 << index);
        }
      }
    }
  }

  /** The rules (bit `1 << i` for rule i) one of whose leads `line` opens with; 0 for none. */
  rulesOpening(line: string): number {
    const slot = this.slotOf[line.charCodeAt(0)];
    return slot === undefined || slot === 0 ? 0 : this.rulesAt(line, 0, slot - 1);
  }

  /** The rules one of whose leads `text` holds anywhere; 0 for none. */
  rulesHeld(text: string): number {
    const slotOf = this.slotOf;
    let rules = 0;
    for (let at = 0; at < text.length; at++) {
      const slot = slotOf[text.charCodeAt(at)]!;
      if (slot !== 0) rules |= this.rulesAt(text, at, slot - 1);
    }
    return rules;
  }

  private rulesAt(text: string, at: number, slot: number): number {
    const leads = this.leads[slot]!;
    const opened = this.opened[slot]!;
    let rules = 0;
    for (let i = 0; i < leads.length; i++) if (text.startsWith(leads[i]!, at)) rules |= opened[i]!;
    return rules;
  }
}
