import type { InvokeChannel, InvokeInput, InvokeOutput } from '@shared/host/contract';
import { ProblemError, hostProblem } from '@shared/lib/problem';
import type { Result } from '@shared/lib/result';
import { getHost } from './index';

/**
 * A host answer's value, or a ProblemError `hostFailed` naming the channel. The host contract
 * answers failures as text (the OS's or the browser's own words, usually English); that text
 * travels only as `params.detail`, for the log — the screen says which step failed, translated.
 */
function hostValue<T>(channel: InvokeChannel, answer: Result<T>): T {
  if (!answer.ok) throw new ProblemError(hostProblem(channel, answer.error));
  return answer.value;
}

/** `getHost().invoke` that throws a Problem instead of answering a Result. */
export async function invokeHost<C extends InvokeChannel>(channel: C, input: InvokeInput<C>): Promise<InvokeOutput<C>> {
  return hostValue(channel, await getHost().invoke(channel, input));
}
