/** DVC's plot template names, plus `bar` (vertical bars); the plots input declares these too. */
export const TEMPLATES = [
  'linear',
  'simple',
  'scatter',
  'scatter_jitter',
  'smooth',
  'bar',
  'bar_horizontal',
  'bar_horizontal_sorted',
  'confusion',
  'confusion_normalized',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];
