import type { messages as core } from './core/en';
import type { messages as results } from './results/en';
import type { messages as filters } from './filters/en';
import type { messages as inventory } from './inventory/en';
import type { messages as sessions } from './sessions/en';
import type { messages as settings } from './settings/en';
import type { messages as tester } from './tester/en';
import type { messages as wizard } from './wizard/en';

/** Every message id: the keys of every area's English messages (types only: nothing is bundled). */
export type MessageId =
  | keyof typeof core
  | keyof typeof results
  | keyof typeof sessions
  | keyof typeof wizard
  | keyof typeof filters
  | keyof typeof tester
  | keyof typeof inventory
  | keyof typeof settings;

/** An area's messages in another language: exactly the English area's ids, one ICU message each. */
export type AreaCatalog<English> = Readonly<Record<keyof English, string>>;

/** Messages by id, as loaded: one or more areas of one language. */
export type Messages = Readonly<Partial<Record<MessageId, string>>>;
