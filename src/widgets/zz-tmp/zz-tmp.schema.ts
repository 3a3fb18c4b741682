import * as z from 'zod/mini';
import { amount } from '../../core/schema.js';

export const schema = z.object({ rows: z.array(z.object({ id: z.string(), debt: amount() })) });
