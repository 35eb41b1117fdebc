/** The compare charts' texts as the tests give them (Thai, Arabic digits). */
export const TEXT = {
  indicatorLabels: Array.from({ length: 10 }, (_, i) => String(i + 1)),
  indicatorNames: Array.from({ length: 10 }, (_, i) => `ตัวชี้วัด ${i + 1}`),
  axisName: 'ตัวชี้วัด',
  thresholdLabel: 'ผ่าน 85',
  overallLabel: 'คะแนนรวม',
  bandLabels: ['a', 'b', 'c', 'd'],
};
