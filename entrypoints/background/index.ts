export default defineBackground(() => {
  // Roster service registers here (entrypoints/background/).
});
