/**
 * ROC AUC: the chance that a random positive scores above a random negative (ties count half),
 * by ranks (Mann–Whitney U), in O(n log n).
 */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  if (scores.length !== labels.length) throw new Error('rocAuc: one label per score');
  const items = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  const positives = items.filter((i) => i.y).length;
  const negatives = items.length - positives;
  if (!positives || !negatives) return Number.NaN;
  let rankSum = 0;
  for (let i = 0; i < items.length;) {
    let j = i;
    while (j < items.length && items[j]!.s === items[i]!.s) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (items[k]!.y) rankSum += averageRank;
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
