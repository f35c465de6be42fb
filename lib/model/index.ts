/**
 * The domain model: zod schemas and the types inferred from them. Code that must stay small (the
 * content script, the rule library) imports types only (`import type`), so zod stays out of its bundle.
 */
export * from './dates';
export * from './practice';
export * from './client';
export * from './session';
export * from './settings';
export * from './claim';
export * from './claim-form';
export * from './findings';
