/**
 * A pass that never runs twice at once: a call while it runs asks for one more pass after it
 * (however many calls came meanwhile) and gets the running pass's promise. The ingest and
 * outbox runners kick their pass on every host poke; this keeps the pokes from piling up.
 */
export function coalesce(pass: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await pass();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
