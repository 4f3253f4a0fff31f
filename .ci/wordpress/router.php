<?php
/**
 * Router for PHP's built-in web server, doing what WordPress's .htaccess does under Apache:
 * existing files are served as they are, every other path goes to WordPress's index.php
 * (which is what makes /wp-json/ work on a site with pretty permalinks).
 */
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

// Uploads live outside the document root on Debian (WP_CONTENT_DIR is /var/lib/wordpress/...).
if ( str_starts_with( $path, '/wp-content/uploads/' ) && ! str_contains( $path, '..' ) ) {
	$file = '/var/lib/wordpress' . $path;
	if ( is_file( $file ) ) {
		header( 'Content-Type: ' . ( mime_content_type( $file ) ?: 'application/octet-stream' ) );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
		return true;
	}
}

if ( $path !== '/' && is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}

$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
