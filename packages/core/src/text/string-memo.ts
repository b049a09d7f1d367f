/**
 * How many answers a string memo keeps before it starts again, and the longest key it keeps one for.
 * A run's credit lines name a few hundred outlets and people again and again (`新华社`, `每经`, a
 * site's own name on each of its pages); a longer key is most likely a sentence met once.
 */
export const STRING_MEMO_KEPT = 4096;
export const STRING_MEMO_LONGEST_KEY = 64;

/**
 * `compute`, a pure function of a short string (it reads nothing but its argument and constant tables),
 * remembered by its argument: the same name read from every page of an outlet runs its patterns once.
 * Past `STRING_MEMO_KEPT` answers the memo is emptied and fills again with what the run meets from
 * then on, so it never holds more than that; a key over `STRING_MEMO_LONGEST_KEY` is computed each time.
 */
export function memoByString(compute: (key: string) => string): (key: string) => string {
  let answers = new Map<string, string>();
  return (key) => {
    if (key.length > STRING_MEMO_LONGEST_KEY) return compute(key);
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = compute(key);
    if (answers.size === STRING_MEMO_KEPT) answers = new Map();
    answers.set(key, answer);
    return answer;
  };
}
