# What `cmake --install` puts under a prefix, and the .deb that `cpack` makes
# of it (relulab_<version>_amd64.deb), so that a school can install ReLU Lab
# with apt on every machine. Included from the top CMakeLists.txt once the
# relulab target exists. .ci/package.sh builds the package, installs it into
# a scratch root and checks it (the validators, lintian, the binary itself).
#
# Under the prefix (/usr in the package):
#   bin/relulab                                   the app and its command line
#   share/applications/relulab.desktop            the menu entry
#   share/metainfo/io.github.relulab.relulab.metainfo.xml   for software centres
#   share/icons/hicolor/{scalable,NxN}/apps/relulab.{svg,png}
#   share/man/man1/relulab.1.gz                   from --help, every command
#   share/doc/relulab/{copyright,changelog.gz,README.md,LICENSE}

include(GNUInstallDirs)
# GNUInstallDirs names the doc folder after the project (ReLULab); Debian
# wants the package's name.
set(CMAKE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/relulab)

# The window's icon is the same SVG, built into the executable (Qt's SVG icon
# engine draws it at each size the desktop asks for).
qt_add_resources(relulab relulab_icon
  PREFIX /icons
  BASE ${PROJECT_SOURCE_DIR}/resources/icons
  FILES ${PROJECT_SOURCE_DIR}/resources/icons/relulab.svg)

# A sanitized build is for tests, never installed; its binary is not run to
# write the man page either (LeakSanitizer would fail the build at its exit).
if(RELULAB_SANITIZE)
  return()
endif()

# Files made at build time, to be installed.
set(relulab_pkg_dir ${CMAKE_BINARY_DIR}/package-files)
file(MAKE_DIRECTORY ${relulab_pkg_dir})

# The icon as PNGs for the hicolor theme, rendered from the SVG (menus and
# docks that draw no SVG use them). The SVG is drawn on a 16-px grid, so it
# needs no separate small version.
set(RELULAB_ICON_SIZES 16 22 24 32 48 64 128 256)
find_program(RELULAB_RSVG_CONVERT rsvg-convert)
set(relulab_icon_pngs)
if(RELULAB_RSVG_CONVERT)
  foreach(size IN LISTS RELULAB_ICON_SIZES)
    set(png ${relulab_pkg_dir}/icons/${size}x${size}/relulab.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${relulab_pkg_dir}/icons/${size}x${size}
      COMMAND ${RELULAB_RSVG_CONVERT} -w ${size} -h ${size}
              ${PROJECT_SOURCE_DIR}/resources/icons/relulab.svg -o ${png}
      DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/relulab.svg
      COMMENT "Rendering the icon at ${size} px" VERBATIM)
    list(APPEND relulab_icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
else()
  message(WARNING "rsvg-convert (Debian: librsvg2-bin) was not found: the install and the "
                  "package will carry the scalable icon only, with no PNG sizes.")
endif()

# The man page: help2man reads `relulab --help` and `--version`; the script
# adds a COMMANDS section from each command's own --help, so the page covers
# every command the binary has. Compressed as Debian wants it (gzip -9n).
find_program(RELULAB_HELP2MAN help2man)
find_program(RELULAB_GZIP gzip)
set(relulab_man_page)
if(RELULAB_HELP2MAN AND RELULAB_GZIP)
  set(relulab_man_page ${relulab_pkg_dir}/relulab.1.gz)
  add_custom_command(OUTPUT ${relulab_man_page}
    COMMAND ${CMAKE_COMMAND} -DRELULAB=$<TARGET_FILE:relulab> -DHELP2MAN=${RELULAB_HELP2MAN}
            -DGZIP=${RELULAB_GZIP} -DOUT_DIR=${relulab_pkg_dir}
            -P ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    DEPENDS relulab ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    COMMENT "Writing the man page from relulab --help" VERBATIM)
  install(FILES ${relulab_man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man or gzip was not found: the install and the package will have no "
                  "man page (Debian: apt-get install help2man).")
endif()

# Debian's changelog for the package, compressed (the doc folder must have one).
configure_file(${PROJECT_SOURCE_DIR}/cmake/packaging/changelog.in ${relulab_pkg_dir}/changelog
  @ONLY)
set(relulab_changelog ${relulab_pkg_dir}/changelog.gz)
if(RELULAB_GZIP)
  add_custom_command(OUTPUT ${relulab_changelog}
    COMMAND ${RELULAB_GZIP} -9nf -k ${relulab_pkg_dir}/changelog
    DEPENDS ${relulab_pkg_dir}/changelog VERBATIM)
  install(FILES ${relulab_changelog} DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

add_custom_target(relulab_package_files ALL
  DEPENDS ${relulab_icon_pngs} ${relulab_man_page} ${relulab_changelog})

install(TARGETS relulab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/relulab.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.relulab.relulab.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/relulab.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
  ${PROJECT_SOURCE_DIR}/cmake/packaging/copyright
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The .deb. Its dependencies are worked out from the libraries the binary
# links (dpkg-shlibdeps); the rest is recommended: Fashion-MNIST for the
# image data sets, Noto for Arabic text, Qt's own Arabic strings.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME relulab)
set(CPACK_PACKAGE_VENDOR "The ReLU Lab authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore ReLU-family activations and watch neurons die")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://relulab.github.io/")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The ReLU Lab authors <relulab@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dataset-fashion-mnist, fonts-noto-core, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The long description (CPack puts the summary above it, indents it for the
# control file and writes an empty line as " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "ReLU Lab plots ReLU and its variants with their exact derivatives, trains
tiny networks live, and shows which neurons are dead, how sparse each layer
is and how gradients flow.

Made for the classroom: guided lessons, a presenter mode for projectors,
experiments saved as files, English and Arabic. A command line runs the same
engine headless for scripted studies.")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
