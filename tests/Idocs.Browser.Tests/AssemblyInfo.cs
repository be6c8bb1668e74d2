// Each browser test class starts a whole platform and a browser. Running one at a time keeps a
// small machine responsive, so one test's timings are free of another's load.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
