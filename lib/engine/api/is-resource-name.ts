/**
 * Characters a state machine, execution or activity name must not contain, as the API reference lists
 * them for the `name` member (CreateStateMachine, StartExecution, CreateActivity; e.g.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_StateMachineListItem.html and the
 * SDK model's docs, https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sfn/aws.sdk.kotlin.services.sfn.model/-start-execution-request/name.html):
 * white space, brackets `< > { } [ ]`, wildcards `? *`, specials `" # % \ ^ | ~ ` $ & , ; : /`, control
 * characters U+0000–001F, U+007F–009F and U+FFFE–FFFF, surrogates U+D800–DFFF and U+10FFFF. With the `u`
 * flag a surrogate pair is one code point (an emoji is allowed) and only a lone half matches.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f\ufffe\uffff\u{d800}-\u{dfff}\u{10ffff}]/u;

/** Whether `name` has only characters AWS accepts in a resource name (its length is checked apart). */
export function isResourceName(name: string): boolean {
  return !FORBIDDEN.test(name);
}
