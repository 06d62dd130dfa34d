/** What an alerts form action answers: a message, and per-field errors with the values to show again. */
export type AlertFormState = { ok: boolean; message: string; fieldErrors: Partial<Record<string, string>>; values?: Record<string, string> };
export type AlertFormAction = (previous: AlertFormState, formData: FormData) => Promise<AlertFormState>;
export const INITIAL_FORM_STATE: AlertFormState = { ok: true, message: '', fieldErrors: {} };
