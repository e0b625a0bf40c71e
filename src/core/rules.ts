import type { RuleInfo } from './types';

export const RULES: RuleInfo[] = [];
export const ruleById = (id: string) => RULES.find((r) => r.id === id);
