export default {
  index: 'All recipes',
  '[slug]': { display: 'hidden', theme: { pagination: false } },
}
