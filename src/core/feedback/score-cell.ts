// A 1–5 answer as a cell holds it, where a blank means unanswered. The preprocess comes first because a
// blank cell arrives as '' rather than undefined, and `.optional()` alone only lets undefined through.
import { z } from 'zod';
import { wholeNumber } from '../registry/cells';
import { scaleHigh, scaleLow } from './form-model';

export const optionalScore = z.preprocess(
  (value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value),
  wholeNumber(scaleLow, scaleHigh).optional(),
);
