import * as z from 'zod/mini';
import { IsoDate } from './dates';

export const SESSION_STATUSES = ['scheduled', 'done', 'billed', 'paid', 'denied'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SessionLineSchema = z.object({
  code: z._default(z.string(), ''),
  units: z._default(z.int().check(z.nonnegative()), 1),
  modifiers: z._default(z.array(z.string()), []),
  charge: z._default(z.number().check(z.nonnegative()), 0),
  /** Minutes spent on this code, where the therapist records them (the AMA rule counts per code). */
  minutes: z.optional(z.int().check(z.nonnegative())),
  /** 1-based pointers into the diagnoses the claim carries; absent means the first. */
  pointers: z.optional(z.array(z.int().check(z.minimum(1), z.maximum(12)))),
});
export type SessionLine = z.infer<typeof SessionLineSchema>;

export const PAYMENT_METHODS = ['cash', 'check', 'card', 'hsa', 'other'] as const;

/** A payment the client made at the desk (the superbill shows it; the balance is what is left). */
export const ClientPaymentSchema = z.object({
  date: IsoDate,
  amount: z.number().check(z.nonnegative()),
  method: z._default(z.enum(PAYMENT_METHODS), 'card'),
});
export type ClientPayment = z.infer<typeof ClientPaymentSchema>;

export const SessionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  clientId: z.string().check(z.minLength(1)),
  date: IsoDate,
  minutes: z._default(z.int().check(z.nonnegative()), 0),
  /** CMS place-of-service code, box 24B ("11" office, "12" home). */
  placeOfService: z._default(z.string(), '11'),
  lines: z._default(z.array(SessionLineSchema), []),
  status: z._default(z.enum(SESSION_STATUSES), 'scheduled'),
  soapNotesDone: z._default(z.boolean(), false),
  /** Claim follow-up (issue: superbills and follow-up). */
  billedOn: z.optional(z.union([IsoDate, z.literal('')])),
  payerClaimNumber: z._default(z.string(), ''),
  paidAmount: z.optional(z.number().check(z.nonnegative())),
  adjustmentAmount: z.optional(z.number()),
  denialCodes: z._default(z.array(z.string()), []),
  remarkCodes: z._default(z.array(z.string()), []),
  resubmittedOn: z.optional(z.union([IsoDate, z.literal('')])),
  clientPayments: z._default(z.array(ClientPaymentSchema), []),
  notes: z._default(z.string(), ''),
});
export type Session = z.infer<typeof SessionSchema>;
