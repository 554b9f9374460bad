/** Placeholder until this screen lands. */
export default function EnterprisePage({ params }: { params: Record<string, string> }) {
  return <p>{JSON.stringify(params)}</p>;
}
