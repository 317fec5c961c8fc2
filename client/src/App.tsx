/** Placeholder shell: the explorer's views arrive with the API (see the open issues). */
export function App() {
  return (
    <main>
      <h1>Sovereign Cloud Atlas</h1>
      <p>The explorer is being built. Run the ingest to build the knowledge graph bundle.</p>
    </main>
  );
}
