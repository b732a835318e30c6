/** What a button keeps of its message: the quotes by sentence id, rebuilt verbatim from the database. */
import { describe, expect, it } from 'vitest';
import { answerFromShown, shownAnswerOf, type ShownAnswer } from '../../src/bot/state/shown-answer.js';
import { createEngine } from '../../src/search/engine.js';
import { ANSWERABLE_ID } from '../helpers/bot-harness.js';
import { seededCorpus } from '../helpers/corpus.js';

describe('the answer a message showed', () => {
  it('rebuilds every quote, its attribution and who else printed it, as the engine gave them', () => {
    const engine = createEngine(seededCorpus());
    const answer = engine.ask(ANSWERABLE_ID, { limit: 9 });
    expect(answer.answers.length).toBeGreaterThan(3);
    const rebuilt = answerFromShown(engine.db, answer.question, JSON.parse(JSON.stringify(shownAnswerOf(answer))) as ShownAnswer);
    const { tookMs: _t, coverage: _c, figures, ...rest } = answer;
    expect(rebuilt).toMatchObject(rest);
    expect(rebuilt.figures?.map((f) => [f.label, f.outlets])).toEqual(figures?.map((f) => [f.label, f.outlets]));
  });

  it('leaves out a quote whose article was removed since, keeping the order of the rest', () => {
    const engine = createEngine(seededCorpus());
    const answer = engine.ask(ANSWERABLE_ID, { limit: 9 });
    const gone = answer.answers[0]!.article;
    engine.db.$client.prepare('DELETE FROM articles WHERE slug = ?').run(gone);
    const rebuilt = answerFromShown(engine.db, answer.question, shownAnswerOf(answer));
    expect(rebuilt.answers.map((q) => q.sentenceId)).toEqual(answer.answers.filter((q) => q.article !== gone).map((q) => q.sentenceId));
    for (const q of rebuilt.answers) expect(q.alsoReportedBy.map((a) => a.article)).not.toContain(gone);
  });
});
