/**
 * What every module needs and none owns: the access model, the embedded database, error handling and the web shell.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.saferhub.shared;
