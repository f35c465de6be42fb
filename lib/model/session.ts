import { z } from 'zod';
import { IsoDate } from './dates';

export const SESSION_STATUSES = ['scheduled', 'done', 'billed', 'paid', 'denied'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SessionLineSchema = z.object({
  code: z.string().default(''),
  units: z.number().int().nonnegative().default(1),
  modifiers: z.array(z.string()).default([]),
  charge: z.number().nonnegative().default(0),
  /** Minutes spent on this code, where the therapist records them (the AMA rule counts per code). */
  minutes: z.number().int().nonnegative().optional(),
  /** 1-based pointers into the diagnoses the claim carries; absent means the first. */
  pointers: z.array(z.number().int().min(1).max(12)).optional(),
});
export type SessionLine = z.infer<typeof SessionLineSchema>;

export const PAYMENT_METHODS = ['cash', 'check', 'card', 'hsa', 'other'] as const;

/** A payment the client made at the desk (the superbill shows it; the balance is what is left). */
export const ClientPaymentSchema = z.object({
  date: IsoDate,
  amount: z.number().nonnegative(),
  method: z.enum(PAYMENT_METHODS).default('card'),
});
export type ClientPayment = z.infer<typeof ClientPaymentSchema>;

export const SessionSchema = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  date: IsoDate,
  minutes: z.number().int().nonnegative().default(0),
  /** CMS place-of-service code, box 24B ("11" office, "12" home). */
  placeOfService: z.string().default('11'),
  lines: z.array(SessionLineSchema).default([]),
  status: z.enum(SESSION_STATUSES).default('scheduled'),
  soapNotesDone: z.boolean().default(false),
  /** Claim follow-up (issue: superbills and follow-up). */
  billedOn: z.union([IsoDate, z.literal('')]).optional(),
  payerClaimNumber: z.string().default(''),
  paidAmount: z.number().nonnegative().optional(),
  adjustmentAmount: z.number().optional(),
  denialCodes: z.array(z.string()).default([]),
  remarkCodes: z.array(z.string()).default([]),
  resubmittedOn: z.union([IsoDate, z.literal('')]).optional(),
  clientPayments: z.array(ClientPaymentSchema).default([]),
  notes: z.string().default(''),
});
export type Session = z.infer<typeof SessionSchema>;
