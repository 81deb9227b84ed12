/**
 * The negative filters, in order. A proposal rejected by any of them is dropped.
 */
import type { Filter } from './filter.ts';
import { media } from './media.ts';
import { institution } from './institution.ts';
import { nonName } from './non-name.ts';
import { headline } from './headline.ts';

/** Negative filters in the order they are tried. */
export const FILTERS: readonly Filter[] = [media, institution, nonName, headline];
