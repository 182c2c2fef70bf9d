export default {
  index: 'The four boundaries',
}
