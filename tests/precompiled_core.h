// Precompiled for the tests that use no widgets: Qt Test, parsed once for all
// of them. Nothing relies on it: every test includes what it uses. (No
// project header: a test of the command line names its helpers freely.)
#pragma once

#include <QtTest>
