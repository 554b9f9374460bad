import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { QUESTIONNAIRE_VERSION, QUESTIONNAIRES } from './questionnaire.ts';

/**
 * Problems with a questionnaire's answers, each naming the item by its wording: a version other than the
 * current one, an item the version does not have, an item left out, or a value off its scale (0–4, or
 * 0/1 for yes/no). Empty when the answers may be scored.
 */
export function answerProblems(version: number, answers: Readonly<Record<string, number>>): ErrorDetail[] {
  if (version !== QUESTIONNAIRE_VERSION) {
    return [
      {
        path: 'questionnaireVersion',
        message: tr(
          {
            id: 'Versi kuesioner {given} tidak berlaku; isi kuesioner versi {current}.',
            en: 'Questionnaire version {given} is not the current one; answer version {current}.',
          },
          { given: version, current: QUESTIONNAIRE_VERSION },
        ),
      },
    ];
  }
  const items = QUESTIONNAIRES[version] ?? [];
  const known = new Set(items.map((i) => i.id));
  const problems: ErrorDetail[] = Object.keys(answers)
    .filter((id) => !known.has(id))
    .map((id) => ({
      path: `answers.${id}`,
      message: tr(
        {
          id: 'Pertanyaan "{item}" tidak ada di kuesioner ini.',
          en: 'Question "{item}" is not in this questionnaire.',
        },
        { item: id },
      ),
    }));
  for (const item of items) {
    const value = answers[item.id];
    const label = tr(item.label);
    const max = item.scale === 'yes_no' ? 1 : 4;
    if (value === undefined) {
      problems.push({
        path: `answers.${item.id}`,
        message: tr({ id: '"{item}" belum dijawab.', en: '"{item}" is not answered.' }, { item: label }),
      });
    } else if (!Number.isInteger(value) || value < 0 || value > max) {
      problems.push({
        path: `answers.${item.id}`,
        message: tr(
          max === 1
            ? { id: '"{item}": jawab ya (1) atau tidak (0).', en: '"{item}": answer yes (1) or no (0).' }
            : { id: '"{item}": jawaban harus 0 sampai 4.', en: '"{item}": the answer must be 0 to 4.' },
          { item: label },
        ),
      });
    }
  }
  return problems;
}
