/** Placeholder until this screen lands. */
export default function EntryPage({ params }: { params: Record<string, string> }) {
  return <p>{JSON.stringify(params)}</p>;
}
