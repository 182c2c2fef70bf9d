const themeConfig = {
  logo: <strong>Baseline</strong>,
}

export default themeConfig
