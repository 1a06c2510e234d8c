/** A tab whose capability has not landed yet: says plainly what will come here (no fake rows). */
export function Coming({ title, body }: { title: string; body: string }) {
  return (
    <section className="coming" data-testid="coming">
      <h2>{title}</h2>
      <p>{body}</p>
    </section>
  );
}
