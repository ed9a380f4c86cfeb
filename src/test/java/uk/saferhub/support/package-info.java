/** Test support shared by every module's tests: the application under test and its demonstration users. */
package uk.saferhub.support;
