/** Placeholder until this screen lands. */
export default function ComparePage({ params }: { params: Record<string, string> }) {
  return <p>{JSON.stringify(params)}</p>;
}
