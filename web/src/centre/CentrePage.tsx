/** Placeholder until this screen lands. */
export default function CentrePage({ params }: { params: Record<string, string> }) {
  return <p>{JSON.stringify(params)}</p>;
}
