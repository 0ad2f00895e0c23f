/** The standard 绩效指标 tree: 一级指标 → its 二级指标, in the order the official form prints them. */
export const INDICATOR_TREE: readonly { level1: string; level2: readonly string[] }[] = [
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { level1: '效益指标', level2: ['经济效益', '社会效益', '生态效益', '可持续影响'] },
  { level1: '满意度指标', level2: ['服务对象满意度'] },
];

const LEVEL1_OF_LEVEL2 = new Map<string, string>(INDICATOR_TREE.flatMap((g) => g.level2.map((l2) => [l2, g.level1] as const)));

/** The 一级指标 a standard 二级指标 belongs to, or undefined for a non-standard name. */
export function level1Of(level2: string): string | undefined {
  return LEVEL1_OF_LEVEL2.get(level2);
}
