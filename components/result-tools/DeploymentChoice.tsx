import { deploymentIds, deploymentLabels, type DeploymentId } from '../../lib/result-tools/deployment'
import form from './Form.module.css'

/** "Where is it deployed?": radios in the feature form, named `deploy` like the query parameter. */
export function DeploymentChoice({ deployment }: { deployment: DeploymentId }) {
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.label}>Where is it deployed?</legend>
      {deploymentIds.map((id) => (
        <label key={id} className={form.radio}>
          <input type="radio" name="deploy" value={id} defaultChecked={id === deployment} key={deployment} />{' '}
          {deploymentLabels[id]}
        </label>
      ))}
    </fieldset>
  )
}
