import type { Engine } from '../search/engine.js';
import type { EvalQuestion } from './questions.js';
export function crossValidate(_e: Engine, _q: EvalQuestion[], _k: number): object { throw new Error('todo'); }
export function formatCrossValidation(_c: string, _r: object): string { return ''; }
