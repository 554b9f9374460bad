/** Placeholder until this screen lands. */
export default function OverviewPage({ params }: { params: Record<string, string> }) {
  return <p>{JSON.stringify(params)}</p>;
}
