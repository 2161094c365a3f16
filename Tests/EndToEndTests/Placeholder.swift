// Tests land with their module.
